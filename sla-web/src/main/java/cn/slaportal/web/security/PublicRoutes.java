package cn.slaportal.web.security;

import java.util.List;

/**
 * More public addresses, added to {@link SecurityConfiguration#PUBLIC_ROUTES} by a bean of this type. The portal's
 * own public addresses are all listed there; the tests' deliberately failing pages are added this way.
 */
@FunctionalInterface
public interface PublicRoutes {

    /** Path patterns ({@code /test-only/**}) open to everyone. */
    List<String> patterns();
}
