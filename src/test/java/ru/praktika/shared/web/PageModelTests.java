package ru.praktika.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * What every page's model holds (the header's unread count, the region names) reaches rendered pages, and neither a
 * redirect's address nor a JSON answer.
 */
@PraktikaTest
class PageModelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Test
    void aRenderedPageHasTheHeaderCountAndTheRegionNames() throws Exception {
        MvcResult page = mvc.perform(get("/notifications").with(actors.as("perm")))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("unreadNotifications", "regionNames"))
                .andReturn();
        assertThat(page.getModelAndView().getModel().get("regionNames"))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("59", "Пермский край");
    }

    @Test
    void aRedirectCarriesNothingInItsAddressAndAJsonAnswerHasNoModel() throws Exception {
        mvc.perform(post("/notifications/read").with(actors.as("perm")).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        MvcResult json = mvc.perform(get("/api/v1/library/practices").with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(json.getModelAndView()).isNull();
        assertThat(json.getResponse().getContentAsString()).doesNotContain("regionNames", "unreadNotifications");
    }
}
