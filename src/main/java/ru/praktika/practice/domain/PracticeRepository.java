package ru.praktika.practice.domain;

import org.springframework.data.repository.CrudRepository;

interface PracticeRepository extends CrudRepository<Practice, Long> {}
