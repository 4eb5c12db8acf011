package cn.slaportal.web.credit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation messages keyed by form field name (e.g. {@code monthlyFee}, {@code resourceDeployed[1]}), each a
 * message code with arguments, resolved in the page's language by the template; {@code ""} is the form itself.
 */
public final class FieldErrors {

    /** One message: a bundle code and its arguments. */
    public record Message(String code, Object[] arguments) {

        public Message {
            arguments = arguments.clone();
        }
    }

    private final Map<String, Message> byField = new LinkedHashMap<>();

    public void reject(String field, String code, Object... arguments) {
        byField.putIfAbsent(field, new Message(code, arguments));
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Message get(String field) {
        return byField.get(field);
    }

    /** Every message in form order, with its field, for the summary at the top of the form. */
    public List<Map.Entry<String, Message>> all() {
        return new ArrayList<>(byField.entrySet());
    }
}
