package cn.slaportal.web.account;

/** The password change form: the current password, the new one, and the new one again. */
record PasswordForm(String currentPassword, String newPassword, String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
