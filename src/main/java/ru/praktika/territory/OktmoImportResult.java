package ru.praktika.territory;

import java.util.List;

/**
 * What an OKTMO import did, or why it was rejected.
 *
 * @param importId the id of the import record, null when rejected
 * @param rowsRead municipal formations read from the file
 * @param added new municipalities
 * @param renamed municipalities whose name changed (old names kept)
 * @param retyped municipalities whose kind changed (e.g. район → муниципальный округ)
 * @param abolished municipalities the file no longer lists, now inactive
 * @param restored inactive municipalities listed again
 * @param errors the reasons for a rejection, each naming its line; empty when accepted
 */
public record OktmoImportResult(
        Long importId,
        int rowsRead,
        int added,
        int renamed,
        int retyped,
        int abolished,
        int restored,
        List<String> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }

    public static OktmoImportResult rejected(List<String> errors) {
        return new OktmoImportResult(null, 0, 0, 0, 0, 0, 0, List.copyOf(errors));
    }
}
