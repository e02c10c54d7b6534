package ru.praktika.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor may change in an organization.
 *
 * @param name the full name
 * @param shortName the abbreviation
 * @param headName its head
 * @param headPosition the head's position
 * @param email e-mail
 * @param phone phone
 * @param website site
 * @param address address
 * @param version the version the editor saw; a stale one is refused
 */
public record OrganizationDetails(
        @NotBlank(message = "Укажите наименование") @Size(max = 500, message = "Не длиннее 500 знаков")
        String name,

        @Size(max = 100, message = "Не длиннее 100 знаков") String shortName,
        @Size(max = 200, message = "Не длиннее 200 знаков") String headName,
        @Size(max = 300, message = "Не длиннее 300 знаков") String headPosition,

        @Email(message = "Неверный адрес электронной почты") @Size(max = 200)
        String email,

        @Size(max = 100, message = "Не длиннее 100 знаков") String phone,
        @Size(max = 300, message = "Не длиннее 300 знаков") String website,
        @Size(max = 500, message = "Не длиннее 500 знаков") String address,

        @jakarta.validation.constraints.PositiveOrZero(message = "Неверный номер версии")
        long version) {

    public static OrganizationDetails of(OrganizationView o) {
        return new OrganizationDetails(
                o.name(),
                o.shortName(),
                o.headName(),
                o.headPosition(),
                o.email(),
                o.phone(),
                o.website(),
                o.address(),
                o.version());
    }
}
