package cn.slaportal.web.draft;

import cn.slaportal.content.structure.Block;
import cn.slaportal.content.structure.StructureFinding;
import cn.slaportal.content.structure.TwinStructure;
import cn.slaportal.web.credit.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The findings of the content build's structure checks ({@link TwinStructure}, sla-content) as localised messages of
 * a draft: {@code draft.structure.{PROBLEM}} with the problem's arguments, where a language, a section or a block is
 * itself a message ({@code draft.structure.language.*}, {@code draft.structure.section.*},
 * {@code draft.structure.block.*}) resolved in the page's language. English findings go to {@code bodyEn}, Chinese
 * ones to {@code bodyZh}, differences between the two to {@code structure} (further ones numbered).
 */
final class StructureMessages {

    private StructureMessages() {
    }

    /** Checks the two texts of a draft and adds every finding to {@code errors}. */
    static void check(String english, String chinese, FieldErrors errors) {
        TwinStructure.Result result = TwinStructure.check(english, chinese);
        add("bodyEn", "en", result.english(), errors);
        add("bodyZh", "zh", result.chinese(), errors);
        add("structure", null, result.twins(), errors);
    }

    private static void add(String field, String language, List<StructureFinding> findings, FieldErrors errors) {
        for (int i = 0; i < findings.size(); i++) {
            StructureFinding finding = findings.get(i);
            List<Object> arguments = new ArrayList<>();
            if (language != null) {
                arguments.add(message("draft.structure.language." + language));
            }
            if (finding.problem() == StructureFinding.Problem.BLOCKS_DIFFER) {
                List<Object> given = finding.arguments();
                String section = (String) given.get(0);
                arguments.add(section.isEmpty() ? message("draft.structure.section.preamble")
                        : message("draft.structure.section.clause", section));
                arguments.addAll(given.subList(1, 4));
                arguments.add(block(given.get(4)));
                arguments.add(block(given.get(5)));
            } else if (finding.problem() == StructureFinding.Problem.HEADINGS_DIFFER) {
                List<Object> given = finding.arguments();
                arguments.addAll(given.subList(0, 3));
                arguments.add(heading((String) given.get(3)));
                arguments.add(heading((String) given.get(4)));
            } else {
                arguments.addAll(finding.arguments());
            }
            errors.reject(i == 0 ? field : field + "." + (i + 1), "draft.structure." + finding.problem().name(),
                    arguments.toArray());
        }
    }

    private static Object heading(String shape) {
        return shape.isEmpty() ? message("draft.structure.heading.none") : shape;
    }

    private static Object block(Object value) {
        Optional<?> block = (Optional<?>) value;
        if (block.isEmpty()) {
            return message("draft.structure.block.none");
        }
        Block shown = (Block) block.get();
        return message("draft.structure.block." + shown.kind().name(), shown.rows(), shown.columns(), shown.items());
    }

    private static DefaultMessageSourceResolvable message(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }
}
