package ru.praktika.organization.domain;

import org.springframework.data.repository.CrudRepository;

interface OrganizationRepository extends CrudRepository<Organization, Long> {}
