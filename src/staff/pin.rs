//! The staff PIN: 4 to 8 digits, stored only as a salted Argon2id hash (PHC string) in the
//! settings file, never in the clear and never logged.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

/// Shortest PIN accepted.
pub const MIN_DIGITS: usize = 4;
/// Longest PIN accepted.
pub const MAX_DIGITS: usize = 8;

/// Why a PIN is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// Not 4 to 8 digits.
    #[error("a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0–9), nothing else")]
    Form,
    /// The two entries differ.
    #[error("the two PINs differ")]
    Mismatch,
    /// Hashing failed.
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
}

/// Checks that `pin` is 4 to 8 ASCII digits.
pub fn check_form(pin: &str) -> Result<(), PinError> {
    let digits = pin.len();
    if (MIN_DIGITS..=MAX_DIGITS).contains(&digits) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(PinError::Form)
    }
}

/// The salted Argon2id hash of `pin`, as a PHC string (`$argon2id$v=19$...`).
pub fn hash(pin: &str) -> Result<String, PinError> {
    check_form(pin)?;
    // 16 random bytes from the system's generator (the same one UUIDs use).
    let random = uuid::Uuid::new_v4();
    let salt =
        SaltString::encode_b64(random.as_bytes()).map_err(|e| PinError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Whether `hash` reads as a PHC hash string (one that could match a PIN).
#[must_use]
pub fn is_hash(hash: &str) -> bool {
    PasswordHash::new(hash).is_ok()
}

/// Whether `pin` matches the stored `hash`. A damaged hash matches nothing.
#[must_use]
pub fn verify(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_hashed_with_its_own_salt_and_verified() {
        let first = hash("2468").unwrap();
        let second = hash("2468").unwrap();
        assert!(first.starts_with("$argon2id$"));
        assert_ne!(first, second, "a fresh salt every time");
        assert!(!first.contains("2468"));
        assert!(verify("2468", &first) && verify("2468", &second));
        assert!(!verify("2469", &first));
        assert!(!verify("2468", "not a hash"));
    }

    #[test]
    fn only_four_to_eight_digits_are_pins() {
        for good in ["0000", "12345678"] {
            assert_eq!(check_form(good), Ok(()));
        }
        for bad in ["123", "123456789", "12a4", "１２３４", "12 34", ""] {
            assert_eq!(check_form(bad), Err(PinError::Form), "{bad}");
        }
    }
}
