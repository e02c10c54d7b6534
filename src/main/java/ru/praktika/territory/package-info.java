/**
 * Territory: the subjects of the Russian Federation (89) and their municipal formations (OKTMO), with the import of
 * newer OKTMO files. Other modules refer to regions by their 2-digit code and to municipalities by OKTMO.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Территории")
package ru.praktika.territory;
