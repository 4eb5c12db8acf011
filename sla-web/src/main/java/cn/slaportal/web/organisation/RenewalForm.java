package cn.slaportal.web.organisation;

/** A renewal exactly as typed: the new term's last day and monthly fee (it starts the day after the term ends). */
public record RenewalForm(String termEnd, String monthlyFee) {

    public RenewalForm {
        termEnd = FormText.clean(termEnd, 20);
        monthlyFee = FormText.clean(monthlyFee, 30);
    }
}
