package cn.slaportal.web.claim;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.claim.Claim;
import java.util.Locale;

/** One claim in a list of the customer area, with its service level's name as the governing version states it. */
public record ListedClaim(Claim claim, LocalizedText levelName) {

    public String levelName(Locale locale) {
        return levelName.in(locale);
    }
}
