package ru.praktika.organization.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final boolean demo;

    LoginController(@Value("${praktika.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("demo", demo);
        // one message for every failure: which accounts exist, are switched off or locked is nobody's business
        model.addAttribute("error", error == null ? null : "login.error");
        return "organization/login";
    }
}
