package cn.slaportal.content;

/** The two languages every content file exists in, with the file-name suffix that marks them. */
enum Language {
    EN("en"),
    ZH_CN("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    String suffix() {
        return "." + tag + ".md";
    }
}
