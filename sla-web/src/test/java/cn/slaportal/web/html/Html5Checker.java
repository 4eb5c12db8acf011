package cn.slaportal.web.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu) in-process, against its built-in HTML5 schema plus its assertion checks. Schemas come
 * from the jar's local cache and external entities are never loaded, so checking needs no network. Not thread-safe.
 */
final class Html5Checker {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final Collector collector = new Collector();
    private final SimpleDocumentValidator validator;

    Html5Checker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    Report check(String html) throws Exception {
        collector.errors.clear();
        collector.warnings.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    record Finding(int line, int column, String message) {

        @Override
        public String toString() {
            return "line " + line + ":" + column + " " + message;
        }
    }

    record Report(List<Finding> errors, List<Finding> warnings) {
    }

    private static final class Collector implements ErrorHandler {

        private final List<Finding> errors = new ArrayList<>();
        private final List<Finding> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            warnings.add(finding(exception));
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(finding(exception));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            errors.add(finding(exception));
        }

        private static Finding finding(SAXParseException exception) {
            return new Finding(exception.getLineNumber(), exception.getColumnNumber(), exception.getMessage());
        }
    }
}
