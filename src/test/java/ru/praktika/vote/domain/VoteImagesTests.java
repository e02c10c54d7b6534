package ru.praktika.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.praktika.shared.InvalidRequestException;

class VoteImagesTests {

    static byte[] svg(String body) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">" + body + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPlainSvgPngAndJpegAreAccepted() {
        assertThat(VoteImages.check(svg("<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#1f4e8c\"/>")))
                .isEqualTo("image/svg+xml");
        assertThat(VoteImages.check(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .isEqualTo("image/png");
        assertThat(VoteImages.check(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("image/jpeg");
    }

    @Test
    void scriptsHandlersForeignObjectsEntitiesAndOutsideLinksAreRefused() {
        for (String bad : new String[] {
            "<script>alert(1)</script>",
            "<circle r=\"4\" onload=\"alert(1)\"/>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
            "<image href=\"https://example.org/x.png\"/>",
            "<a href=\"javascript:alert(1)\"><circle r=\"4\"/></a>",
            "<style>@import url(https://example.org/x.css);</style>",
            "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>"
        }) {
            assertThatThrownBy(() -> VoteImages.check(svg(bad)))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("PNG, JPG или SVG");
        }
        byte[] entity = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VoteImages.check(entity)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> VoteImages.check("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> VoteImages.check(new byte[VoteImages.MAX_BYTES + 1]))
                .hasMessageContaining("2 МБ");
    }
}
