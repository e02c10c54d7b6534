/**
 * Member votes of the association: a question with options (text and/or an image), one choice, up to N choices or a
 * ranking, named or secret; the electorate of regional councils (one ballot each) or a meeting's councils; proxies for
 * one vote; quorum and majority rule per vote; the result tallied once at the close, with a chart, turnout by federal
 * district and a protocol (DOCX, PDF). A closed vote announces {@link ru.praktika.vote.VoteClosed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Голосования")
package ru.praktika.vote;
