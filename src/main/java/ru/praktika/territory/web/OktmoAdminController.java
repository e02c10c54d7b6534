package ru.praktika.territory.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.praktika.shared.CurrentActor;
import ru.praktika.territory.OktmoImportResult;
import ru.praktika.territory.domain.OktmoImporter;
import ru.praktika.territory.domain.OktmoImports;

@Controller
class OktmoAdminController {

    private final OktmoImporter importer;
    private final OktmoImports imports;

    OktmoAdminController(OktmoImporter importer, OktmoImports imports) {
        this.importer = importer;
        this.imports = imports;
    }

    @GetMapping("/admin/oktmo")
    String page(Model model) {
        model.addAttribute("imports", imports.latest());
        return "territory/oktmo";
    }

    @PostMapping("/admin/oktmo")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        OktmoImportResult result;
        if (file == null || file.isEmpty()) {
            result = OktmoImportResult.rejected(java.util.List.of("Выберите файл ОКТМО для загрузки"));
        } else {
            result = importer.importFile(CurrentActor.get(), file.getOriginalFilename(), file.getBytes());
        }
        model.addAttribute("result", result);
        model.addAttribute("imports", imports.latest());
        return "territory/oktmo";
    }
}
