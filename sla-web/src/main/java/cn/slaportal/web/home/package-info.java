/** The portal's entry page: SLA documents, FAQ categories, the calculator, sign-in and a search box. */
package cn.slaportal.web.home;
