package ru.praktika.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.organization.domain.AccountQueries;
import ru.praktika.shared.NotFoundException;

/** What other modules may ask of organizations and accounts. Organizations are public; accounts are not. */
@Service
@Transactional(readOnly = true)
public class OrganizationApi {

    private final AccountQueries queries;

    OrganizationApi(AccountQueries queries) {
        this.queries = queries;
    }

    /** All organizations, or those of one kind: the association first, then federal bodies, partners, councils. */
    public List<OrganizationView> organizations(OrganizationKind kind) {
        return queries.organizations(kind);
    }

    public OrganizationView organization(long id) {
        return queries.organization(id).orElseThrow(() -> new NotFoundException("Организация №" + id + " не найдена"));
    }

    /** The council of municipal formations of a region. */
    public Optional<OrganizationView> councilOf(String regionCode) {
        return queries.councilOf(regionCode);
    }

    /** The account of a signed-in user. */
    public Optional<UserView> user(long id) {
        return queries.user(id);
    }

    /**
     * Where to e-mail a notification: the address of one user (by login), or of every active user of a role, within a
     * region when one is given. Accounts without an address are skipped.
     */
    public List<String> mailboxes(String username, String role, String regionCode) {
        return queries.mailboxes(username, role, regionCode);
    }
}
