package cn.slaportal.web.availability;

import java.util.List;

/** A log line that was not counted: its number (the header is line 1), a message code and the code's arguments. */
public record RejectedLine(long line, String code, List<Object> arguments) {

    public RejectedLine {
        arguments = List.copyOf(arguments);
    }
}
