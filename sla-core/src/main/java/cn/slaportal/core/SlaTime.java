package cn.slaportal.core;

import java.time.ZoneId;

/** The operator's time zone: every SLA date (deadlines, effective dates, minute boundaries) is read in it. */
public final class SlaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SlaTime() {
    }
}
