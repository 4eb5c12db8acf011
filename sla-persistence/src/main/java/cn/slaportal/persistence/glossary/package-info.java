/** The fixed English / Simplified Chinese term pairs of {@code content/glossary.tsv}. */
package cn.slaportal.persistence.glossary;
