/**
 * The public library of practices: search with Russian morphology and typo tolerance, facets with counts, the public
 * practice page with similar practices and adoptions («мы внедрили эту практику»), the map of Russia and open data. It
 * keeps its own index of published practices from the practice, review and competition events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Библиотека практик")
package ru.praktika.library;
