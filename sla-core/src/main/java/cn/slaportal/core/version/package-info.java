/**
 * SLA version governance: {@link cn.slaportal.core.version.SlaVersion} (number, publication instant,
 * effective date, adverse flag), the {@link cn.slaportal.core.version.NoticeRule} (90 days' notice for adverse
 * material changes, no backdating) and the {@link cn.slaportal.core.version.VersionHistory} that answers which
 * version is in force on a date and which governs a subscription term or renewal term. Dates are read in
 * Asia/Shanghai; nothing here reads the clock.
 */
package cn.slaportal.core.version;
