package ru.praktika.shared;

/** Implemented by the security principal so that any module can learn who acts without knowing accounts. */
public interface ActorPrincipal {
    Actor actor();
}
