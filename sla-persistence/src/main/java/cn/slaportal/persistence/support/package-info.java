/** Small helpers shared by the persistence features (content hashing and outcomes of idempotent imports). */
package cn.slaportal.persistence.support;
