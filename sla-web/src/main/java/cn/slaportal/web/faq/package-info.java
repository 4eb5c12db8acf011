/** The public FAQ pages: categories with their number of questions, and each category's questions and answers. */
package cn.slaportal.web.faq;
