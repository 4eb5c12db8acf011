package cn.slaportal.web.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsFieldsFromTheMarkdownBody() {
        FrontMatter parsed = FrontMatter.parse("v1.zh-CN.md", "---\ntitle: 服务总线服务级别协议\nversion: 1\n"
                + "summary: \"首次发布: 服务总线\"\n---\n## 1. 服务承诺\r\n\r\n正文\n");

        assertThat(parsed.fields()).containsEntry("title", "服务总线服务级别协议").containsEntry("version", "1")
                .containsEntry("summary", "首次发布: 服务总线");
        assertThat(parsed.body()).isEqualTo("## 1. 服务承诺\n\n正文\n");
    }

    @Test
    void refusesAFileWithoutClosedFrontMatter() {
        assertThatThrownBy(() -> FrontMatter.parse("a.md", "---\ntitle: x\n## 1. Body"))
                .isInstanceOf(ContentFormatException.class).hasMessageContaining("a.md");
        assertThatThrownBy(() -> FrontMatter.parse("b.md", "## 1. Body"))
                .isInstanceOf(ContentFormatException.class).hasMessageContaining("b.md");
    }

    @Test
    void refusesARepeatedKeyAndALineWithoutKey() {
        assertThatThrownBy(() -> FrontMatter.parse("c.md", "---\ntitle: x\ntitle: y\n---\nbody"))
                .isInstanceOf(ContentFormatException.class).hasMessageContaining("repeated");
        assertThatThrownBy(() -> FrontMatter.parse("d.md", "---\njust text\n---\nbody"))
                .isInstanceOf(ContentFormatException.class).hasMessageContaining("without key");
    }
}
