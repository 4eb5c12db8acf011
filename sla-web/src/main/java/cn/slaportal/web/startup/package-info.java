/**
 * Start-up: the training run that the build makes once after packaging ({@code sla-web/pom.xml}, README "Start-up,
 * class data sharing and the AOT cache"), so that the JVM writes the class-data archive (AppCDS on Java 17-24, the
 * AOT cache on Java 25 and later) that the README's {@code java -jar} command starts with.
 */
package cn.slaportal.web.startup;
