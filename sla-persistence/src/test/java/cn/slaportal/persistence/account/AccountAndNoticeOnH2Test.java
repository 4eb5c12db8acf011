package cn.slaportal.persistence.account;

class AccountAndNoticeOnH2Test extends AccountAndNoticeContract {
}
