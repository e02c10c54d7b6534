package ru.praktika.organization.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    @Query("select * from organization.users where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);
}
