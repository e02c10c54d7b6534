/** Small helpers every module may use: the current actor, paging, domain errors, audit events. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.praktika.shared;
