package ru.praktika.practice;

import java.util.List;

/**
 * A published card as the public sees it.
 *
 * @param card the card, the contact person only when the author consented
 * @param contactsPublic the author consented to show the contact person
 * @param attachments the files that went through review with the card
 */
public record PublishedCard(
        PracticeCard card, boolean contactsPublic, List<PracticeHistory.AttachmentView> attachments) {}
