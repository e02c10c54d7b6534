package ru.praktika.partnership.domain;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import ru.praktika.partnership.AgreementView;
import ru.praktika.shared.PdfFonts;
import ru.praktika.shared.RussianDates;

/**
 * A one-page stand-in for the signed scan of a demo agreement, made with OpenPDF: the title, the parties and the
 * signatures, marked as a demo copy. Real agreements carry the scan the secretariat uploads.
 */
final class DemoScan {

    private DemoScan() {}

    static byte[] of(AgreementView a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 85, 42, 57, 57);
        PdfWriter.getInstance(pdf, out);
        pdf.open();
        Font title = new Font(PdfFonts.bold(), 14);
        Font text = new Font(PdfFonts.regular(), 12);
        Font note = new Font(PdfFonts.regular(), 9);
        Paragraph head = new Paragraph("СОГЛАШЕНИЕ № " + a.number(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        pdf.add(head);
        Paragraph name = new Paragraph(a.title(), text);
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingAfter(18);
        pdf.add(name);
        Paragraph place = new Paragraph(
                "г. Москва" + (a.signedOn() == null ? "" : ", " + RussianDates.inWords(a.signedOn())), text);
        place.setSpacingAfter(12);
        pdf.add(place);
        List<AgreementView.Party> parties = a.parties();
        StringBuilder preamble = new StringBuilder();
        for (int i = 0; i < parties.size(); i++) {
            AgreementView.Party p = parties.get(i);
            preamble.append(i == 0 ? "" : i == parties.size() - 1 ? " и " : ", ")
                    .append(p.name())
                    .append(
                            p.signatoryName() == null
                                    ? ""
                                    : " (подписывает: "
                                            + (p.signatoryPosition() == null ? "" : p.signatoryPosition() + " ")
                                            + p.signatoryName() + ")");
        }
        preamble.append(", именуемые далее Сторонами, заключили настоящее Соглашение о нижеследующем.");
        Paragraph body = new Paragraph(preamble.toString(), text);
        body.setAlignment(Element.ALIGN_JUSTIFIED);
        body.setSpacingAfter(10);
        pdf.add(body);
        if (a.subject() != null) {
            Paragraph subject = new Paragraph("1. Предмет Соглашения. " + a.subject(), text);
            subject.setAlignment(Element.ALIGN_JUSTIFIED);
            subject.setSpacingAfter(24);
            pdf.add(subject);
        }
        for (AgreementView.Party p : parties) {
            Paragraph sign = new Paragraph(
                    p.name() + "\n" + (p.signatoryPosition() == null ? "" : p.signatoryPosition() + "\n")
                            + "____________________ " + (p.signatoryName() == null ? "" : p.signatoryName())
                            + "\nМ. П.",
                    text);
            sign.setSpacingAfter(16);
            pdf.add(sign);
        }
        Paragraph demo = new Paragraph(
                "Демонстрационный экземпляр, созданный платформой «Практика»: не является документом.", note);
        demo.setSpacingBefore(24);
        pdf.add(demo);
        pdf.close();
        return out.toByteArray();
    }
}
