/**
 * The structure of SLA texts, shared by the content build's checks (tests of this module, on the files) and the
 * portal's SLA drafts (on the texts typed in the administration): {@link cn.slaportal.content.structure.MarkdownDocument}
 * parses a text into front matter, sections of {@link cn.slaportal.content.structure.Block}s and prose;
 * {@link cn.slaportal.content.structure.TwinStructure} checks clause numbering and compares the two languages and
 * returns {@link cn.slaportal.content.structure.StructureFinding}s. Pure Java on commonmark: no I/O, no framework.
 */
package cn.slaportal.content.structure;
