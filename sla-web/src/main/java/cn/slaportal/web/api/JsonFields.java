package cn.slaportal.web.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the fields of a JSON object bound as a {@code Map} (strings, numbers, booleans, lists, maps), refusing
 * each kind of bad value with its own code: {@code api.error.missing-field}, {@code api.error.wrong-type},
 * {@code api.error.bad-number}, {@code api.error.too-large}, {@code api.error.bad-month}; argument {0} is the
 * field's name (with its path, e.g. {@code resources[2].deployedMinutes}). Decimals and whole numbers may come
 * as JSON strings (the API's own convention) or as JSON numbers.
 */
public final class JsonFields {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,40}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final int MAXIMUM_TEXT_LENGTH = 200;

    private final Map<String, Object> fields;
    private final String path;

    private JsonFields(Map<String, Object> fields, String path) {
        this.fields = fields;
        this.path = path;
    }

    public static JsonFields of(Map<String, Object> body) {
        if (body == null) {
            throw ApiProblem.badRequest("api.error.missing-body");
        }
        return new JsonFields(body, "");
    }

    public String text(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw ApiProblem.badRequest("api.error.wrong-type", name(field));
        }
        if (text.length() > MAXIMUM_TEXT_LENGTH) {
            throw ApiProblem.badRequest("api.error.too-large", name(field));
        }
        return text;
    }

    public String requiredText(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            throw ApiProblem.badRequest("api.error.missing-field", name(field));
        }
        return text;
    }

    public BigDecimal decimal(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        String text = numberText(field, value);
        if (!DECIMAL.matcher(text).matches()) {
            throw ApiProblem.badRequest("api.error.bad-number", name(field));
        }
        return new BigDecimal(text);
    }

    public Long wholeNumber(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        String text = numberText(field, value);
        if (!WHOLE.matcher(text).matches()) {
            throw ApiProblem.badRequest("api.error.bad-number", name(field));
        }
        BigInteger number = new BigInteger(text);
        if (number.bitLength() > 62) {
            throw ApiProblem.badRequest("api.error.too-large", name(field));
        }
        return number.longValue();
    }

    public YearMonth yearMonth(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (!YEAR_MONTH.matcher(text).matches()) {
            throw ApiProblem.badRequest("api.error.bad-month", name(field));
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("api.error.bad-month", name(field));
        }
    }

    /** The objects of a JSON array field, each readable as {@link JsonFields}; null when absent. */
    public List<JsonFields> objects(String field, int maximumSize) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw ApiProblem.badRequest("api.error.wrong-type", name(field));
        }
        if (list.size() > maximumSize) {
            throw ApiProblem.badRequest("api.error.too-many-items", name(field), maximumSize);
        }
        List<JsonFields> objects = new java.util.ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> element)) {
                throw ApiProblem.badRequest("api.error.wrong-type", name(field) + "[" + i + "]");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) element;
            objects.add(new JsonFields(object, name(field) + "[" + i + "]."));
        }
        return objects;
    }

    private String numberText(String field, Object value) {
        if (value instanceof String text) {
            if (text.length() > 82) {
                throw ApiProblem.badRequest("api.error.too-large", name(field));
            }
            return text.trim();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isNaN(number) || Double.isInfinite(number) || Math.abs(number) > 1e30) {
                throw ApiProblem.badRequest("api.error.too-large", name(field));
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        throw ApiProblem.badRequest("api.error.wrong-type", name(field));
    }

    private String name(String field) {
        return path + field;
    }
}
