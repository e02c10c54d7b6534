/** The public site shell: the home page, regions by federal district, a region's page with its municipalities. */
@org.springframework.modulith.ApplicationModule(displayName = "Сайт")
package ru.praktika.site;
