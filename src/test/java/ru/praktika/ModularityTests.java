package ru.praktika;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PraktikaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
