package cn.slaportal.architecture.reaching;

import cn.slaportal.architecture.Offenders;

/** A class of another package that calls a controller, which {@code WebArchitectureTest} must catch. */
public class ReachingIntoAController {

    Object reach(Offenders.WritingController controller) {
        return controller.toString();
    }
}
