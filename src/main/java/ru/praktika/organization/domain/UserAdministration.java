package ru.praktika.organization.domain;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.organization.NewUser;
import ru.praktika.organization.UserPlacement;
import ru.praktika.organization.UserView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.TerritoryApi;

/**
 * Opening and managing accounts. The secretariat manages everyone; a regional operator manages only municipal
 * operators of municipalities in their own region. Every change is audited.
 */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD = 8;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final AccountQueries queries;
    private final TerritoryApi territory;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    UserAdministration(
            UserAccountRepository accounts,
            AccountQueries queries,
            TerritoryApi territory,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.queries = queries;
        this.territory = territory;
        this.passwords = passwords;
        this.events = events;
    }

    /**
     * An account just opened or whose password was reset; the password is shown once.
     *
     * @param user the account
     * @param password the password to hand over, or null when the admin chose it
     */
    public record Credentials(UserView user, String password) {}

    @Transactional(readOnly = true)
    public List<UserView> list(Actor actor, String text) {
        if (actor.isAdmin()) {
            return queries.users(null, text);
        }
        if (actor.has(Role.REGIONAL_OPERATOR)) {
            return queries.users(actor.regionCode(), text);
        }
        throw new AccessDeniedException("Список пользователей доступен секретариату и операторам регионов");
    }

    @Transactional(readOnly = true)
    public UserView get(Actor actor, long id) {
        UserView user = queries.user(id).orElseThrow(() -> notFound(id));
        if (!canManage(actor, user.roles(), user.regionCode())) {
            throw new AccessDeniedException("Эта учётная запись вам недоступна");
        }
        return user;
    }

    @Transactional
    public Credentials open(Actor actor, NewUser request) {
        String username = request.username() == null ? "" : request.username().strip();
        if (!username.matches("[A-Za-z0-9._-]{3,40}")) {
            throw new InvalidRequestException("Логин: от 3 до 40 латинских букв, цифр или знаков «.», «_», «-»");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("Логин «" + username + "» уже занят");
        }
        String fullName = requireName(request.fullName());
        UserAccount.Placement placement = placement(request.roles(), request.regionCode(), request.oktmo());
        checkManage(actor, placement.roles(), placement.regionCode());
        String password = request.password() == null || request.password().isBlank() ? null : request.password();
        if (password != null) {
            PasswordPolicy.check(password, "Пароль");
        }
        String handedOver = password == null ? generatePassword() : null;
        UserAccount account = UserAccount.open(
                username, fullName, passwords.encode(password == null ? handedOver : password), placement);
        account.describe(
                fullName,
                ru.praktika.shared.Texts.strippedOrNull(request.email()),
                ru.praktika.shared.Texts.strippedOrNull(request.position()));
        accounts.save(account);
        events.publishEvent(AuditedAction.by(actor, "user.open", "user", account.id(), account.snapshot()));
        return new Credentials(queries.user(account.id()).orElseThrow(), handedOver);
    }

    @Transactional
    public void place(Actor actor, long id, UserPlacement request) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> notFound(id));
        checkManage(actor, account.roles(), account.regionCode());
        ru.praktika.shared.Versions.requireSeen(request.version());
        if (account.version() != request.version()) {
            throw stale();
        }
        UserAccount.Placement placement = placement(request.roles(), request.regionCode(), request.oktmo());
        checkManage(actor, placement.roles(), placement.regionCode());
        if (actor.userId() != null
                && actor.userId() == id
                && !placement.roles().contains(Role.ADMIN)
                && actor.isAdmin()) {
            throw new InvalidRequestException("Нельзя снять роль администратора с самого себя");
        }
        Map<String, Object> before = account.snapshot();
        account.place(placement);
        account.describe(
                requireName(request.fullName()),
                ru.praktika.shared.Texts.strippedOrNull(request.email()),
                ru.praktika.shared.Texts.strippedOrNull(request.position()));
        save(account);
        events.publishEvent(AuditedAction.by(
                actor, "user.place", "user", id, Map.of("before", before, "after", account.snapshot())));
    }

    /**
     * The way into a real installation: opens a secretariat account (role ADMIN) from the command line or the first
     * start. When that login already belongs to an administrator, its password is replaced and the account switched
     * on again (the recovery of a lost password); any other existing login is refused.
     *
     * @param password the password to set, or null to generate a one-time password that is returned
     */
    @Transactional
    public Credentials openAdministrator(String login, String fullName, String password) {
        String name = fullName == null || fullName.isBlank() ? "Администратор Практики" : fullName.strip();
        var existing = accounts.findByUsername(login == null ? "" : login.strip());
        if (existing.isEmpty()) {
            return open(Actor.SYSTEM, new NewUser(login, name, null, null, Set.of(Role.ADMIN), null, null, password));
        }
        UserAccount account = existing.get();
        if (!account.roles().contains(Role.ADMIN)) {
            throw new ConflictException("Логин «" + login + "» занят учётной записью без роли администратора");
        }
        if (password != null) {
            PasswordPolicy.check(password, "Пароль");
        }
        String handedOver = password == null ? generatePassword() : null;
        account.changePassword(passwords.encode(password == null ? handedOver : password));
        account.activate();
        save(account);
        events.publishEvent(AuditedAction.by(Actor.SYSTEM, "user.recoverAdmin", "user", account.id(), Map.of()));
        return new Credentials(queries.user(account.id()).orElseThrow(), handedOver);
    }

    /** Whether an active administrator other than the demo one exists (a real installation has a way in). */
    @Transactional(readOnly = true)
    public boolean hasRealAdministrator() {
        return queries.users(null, null).stream()
                .anyMatch(u -> u.active() && !u.demo() && u.roles().contains(Role.ADMIN));
    }

    @Transactional
    public Credentials resetPassword(Actor actor, long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> notFound(id));
        checkManage(actor, account.roles(), account.regionCode());
        String password = generatePassword();
        account.changePassword(passwords.encode(password));
        save(account);
        events.publishEvent(AuditedAction.by(actor, "user.resetPassword", "user", id, Map.of()));
        return new Credentials(queries.user(id).orElseThrow(), password);
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, String current, String next) {
        if (actor.userId() == null) {
            throw new AccessDeniedException("Войдите, чтобы сменить пароль");
        }
        UserAccount account = accounts.findById(actor.userId()).orElseThrow(() -> notFound(actor.userId()));
        if (current == null || !passwords.matches(current, account.passwordHash())) {
            throw new InvalidRequestException("Текущий пароль указан неверно");
        }
        PasswordPolicy.check(next, "Новый пароль");
        account.changePassword(passwords.encode(next));
        save(account);
        events.publishEvent(AuditedAction.by(actor, "user.changePassword", "user", account.id(), Map.of()));
    }

    @Transactional
    public void deactivate(Actor actor, long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> notFound(id));
        checkManage(actor, account.roles(), account.regionCode());
        if (actor.userId() != null && actor.userId() == id) {
            throw new InvalidRequestException("Нельзя отключить собственную учётную запись");
        }
        account.deactivate();
        save(account);
        events.publishEvent(AuditedAction.by(actor, "user.deactivate", "user", id, Map.of()));
    }

    @Transactional
    public void activate(Actor actor, long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> notFound(id));
        checkManage(actor, account.roles(), account.regionCode());
        account.activate();
        save(account);
        events.publishEvent(AuditedAction.by(actor, "user.activate", "user", id, Map.of()));
    }

    /** The secretariat manages anyone; a regional operator only municipal operators of their own region. */
    public static boolean canManage(Actor actor, Set<Role> roles, String regionCode) {
        if (actor.isAdmin()) {
            return true;
        }
        return actor.has(Role.REGIONAL_OPERATOR)
                && actor.regionCode() != null
                && actor.regionCode().equals(regionCode)
                && roles.equals(EnumSet.of(Role.MUNICIPAL_OPERATOR));
    }

    private static void checkManage(Actor actor, Set<Role> roles, String regionCode) {
        if (!canManage(actor, roles, regionCode)) {
            throw new AccessDeniedException(
                    actor.has(Role.REGIONAL_OPERATOR)
                            ? "Оператор региона управляет только операторами муниципальных образований своего региона"
                            : "Управлять пользователями может только секретариат ассоциации");
        }
    }

    private UserAccount.Placement placement(Set<Role> roles, String regionCode, String oktmo) {
        Set<Role> set = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        String region = ru.praktika.shared.Texts.strippedOrNull(regionCode);
        String municipality = ru.praktika.shared.Texts.strippedOrNull(oktmo);
        if (set.contains(Role.MUNICIPAL_OPERATOR)) {
            if (municipality == null) {
                throw new InvalidRequestException("Оператору муниципального образования нужно указать его ОКТМО");
            }
            MunicipalityView mo = territory
                    .municipality(municipality)
                    .filter(MunicipalityView::active)
                    .orElseThrow(() -> new InvalidRequestException(
                            "Муниципальное образование с ОКТМО «" + municipality + "» не найдено"));
            if (region != null && !region.equals(mo.regionCode())) {
                throw new InvalidRequestException(
                        "Муниципальное образование «" + mo.name() + "» не входит в регион " + region);
            }
            region = mo.regionCode();
        }
        if (region != null && territory.region(region).isEmpty()) {
            throw new InvalidRequestException("Регион с кодом «" + region + "» не найден");
        }
        Long organizationId = null;
        if (set.contains(Role.REGIONAL_OPERATOR) && region != null) {
            organizationId = queries.councilOf(region).map(o -> o.id()).orElse(null);
        } else if (set.contains(Role.ADMIN)) {
            organizationId = queries.organizations(ru.praktika.organization.OrganizationKind.ASSOCIATION).stream()
                    .findFirst()
                    .map(o -> o.id())
                    .orElse(null);
        }
        return new UserAccount.Placement(set, region, municipality, organizationId);
    }

    private void save(UserAccount account) {
        try {
            accounts.save(account);
        } catch (RuntimeException e) {
            if (Failures.causedBy(e, OptimisticLockingFailureException.class)) {
                throw stale();
            }
            throw e;
        }
    }

    private static String requireName(String fullName) {
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            throw new InvalidRequestException("Укажите фамилию, имя и отчество (до 200 знаков)");
        }
        return fullName.strip();
    }

    static String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Пользователь №" + id + " не найден");
    }

    private static ConflictException stale() {
        return new ConflictException("Учётную запись уже изменил другой пользователь. Обновите страницу.");
    }
}
