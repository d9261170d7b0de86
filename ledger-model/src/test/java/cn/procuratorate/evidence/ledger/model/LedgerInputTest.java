package cn.procuratorate.evidence.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerInputTest {

    @Nested
    class Ids {

        @ParameterizedTest
        @ValueSource(strings = {"E1", "0", "evidence-2025.03_01", "A234567890123456789012345678901234567890123456789012345678901234"})
        void accepts(String id) {
            assertThat(LedgerInput.isId(id)).isTrue();
            assertThat(LedgerInput.requireId("evidenceId", id)).isEqualTo(id);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"-E1", ".hidden", "_x", "a/b", "../etc", "a b", "证据1", "E1\n", "a:b",
                "A2345678901234567890123456789012345678901234567890123456789012345"})
        void refuses(String id) {
            assertThat(LedgerInput.isId(id)).isFalse();
            assertThatThrownBy(() -> LedgerInput.requireId("evidenceId", id))
                    .isInstanceOfSatisfying(LedgerRefusal.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                    .hasMessageStartingWith("INVALID_ARGUMENT: evidenceId must be");
        }
    }

    @Nested
    class Digests {

        @Test
        void acceptsLowercaseHexOf64Characters() {
            assertThat(LedgerInput.isHex256(Samples.SHA256)).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
                " 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"})
        void refusesOtherCaseLengthsAndCharacters(String hex) {
            assertThat(LedgerInput.isHex256(hex)).isFalse();
            assertThatThrownBy(() -> LedgerInput.requireHex256("sha256", hex)).isInstanceOf(LedgerRefusal.class);
        }

        @Test
        void optionalDigestMayBeEmptyButNotMalformed() {
            assertThat(LedgerInput.requireOptionalHex256("metadataDigest", "")).isEmpty();
            assertThatThrownBy(() -> LedgerInput.requireOptionalHex256("metadataDigest", "abc"))
                    .isInstanceOf(LedgerRefusal.class);
            assertThatThrownBy(() -> LedgerInput.requireOptionalHex256("metadataDigest", null))
                    .isInstanceOf(LedgerRefusal.class);
        }
    }

    @Nested
    class MspIds {

        @ParameterizedTest
        @ValueSource(strings = {"PoliceMSP", "Org1MSP", "court.beijing-1"})
        void accepts(String msp) {
            assertThat(LedgerInput.isMspId(msp)).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"1Org", "Police MSP", "Police_MSP", "Police/MSP", "-x"})
        void refuses(String msp) {
            assertThat(LedgerInput.isMspId(msp)).isFalse();
        }
    }

    @Nested
    class MediaTypes {

        @ParameterizedTest
        @ValueSource(strings = {"application/pdf", "image/png", "video/mp4", "application/vnd.ms-excel",
                "application/octet-stream", "image/svg+xml"})
        void accepts(String mediaType) {
            assertThat(LedgerInput.isMediaType(mediaType)).isTrue();
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"Application/PDF", "text/plain; charset=utf-8", "pdf", "/pdf", "image/", "a/b/c"})
        void refuses(String mediaType) {
            assertThat(LedgerInput.isMediaType(mediaType)).isFalse();
        }
    }

    @Nested
    class Text {

        @Test
        void acceptsChineseAndEmptyText() {
            assertThat(LedgerInput.isText("哈希值核验一致 (SM3)", 64)).isTrue();
            assertThat(LedgerInput.isText("", 64)).isTrue();
        }

        @Test
        void refusesControlCharactersUnpairedSurrogatesAndOverlongText() {
            assertThat(LedgerInput.isText("line\nbreak", 64)).isFalse();
            assertThat(LedgerInput.isText("bell\u0007", 64)).isFalse();
            assertThat(LedgerInput.isText("half \ud83d", 64)).isFalse();
            assertThat(LedgerInput.isText("whole \ud83d\udd12", 64)).isTrue();
            assertThat(LedgerInput.isText("x".repeat(65), 64)).isFalse();
            assertThat(LedgerInput.isText(null, 64)).isFalse();
        }

        @Test
        void nonBlankTextMustSaySomething() {
            assertThatThrownBy(() -> LedgerInput.requireNonBlankText("reason", "   ", 64))
                    .hasMessage("INVALID_ARGUMENT: reason must not be blank");
        }

        @Test
        void refusalEchoesControlCharactersEscapedSoTheMessageStaysOneLine() {
            assertThatThrownBy(() -> LedgerInput.requireId("evidenceId", "E1\nINTERNAL: fake"))
                    .hasMessageNotContaining("\n").hasMessageContaining("\\u000a");
        }
    }

    @Nested
    class EvidenceReferences {

        @Test
        void acceptsDistinctIdsUpToTheLimit() {
            assertThat(LedgerInput.requireEvidenceIds(List.of("E1", "E2"), 2)).containsExactly("E1", "E2");
            assertThat(LedgerInput.requireEvidenceIds(List.of(), 2)).isEmpty();
        }

        @Test
        void refusesRepeatsBadIdsAndTooMany() {
            assertThatThrownBy(() -> LedgerInput.requireEvidenceIds(List.of("E1", "E1"), 5))
                    .hasMessageContaining("twice");
            assertThatThrownBy(() -> LedgerInput.requireEvidenceIds(List.of("E1", "../x"), 5))
                    .isInstanceOf(LedgerRefusal.class);
            assertThatThrownBy(() -> LedgerInput.requireEvidenceIds(List.of("E1", "E2", "E3"), 2))
                    .isInstanceOf(LedgerRefusal.class);
        }
    }

    /**
     * Random strings over an alphabet that mixes allowed and forbidden characters, checked against
     * a plain loop that states each rule a second way: the two must never disagree.
     */
    @Nested
    class AgainstAnIndependentReading {

        private static final String ALPHABET = "aZ09._-/: \n\u00e9证\ud83d\udd12fF";

        @Test
        void idsHashesAndMspIds() {
            Random random = new Random(20250301L);
            for (int i = 0; i < 20_000; i++) {
                String candidate = randomString(random, random.nextInt(70));
                String hexCandidate = randomHex(random, 62 + random.nextInt(4), random.nextInt(20) == 0);

                assertThat(LedgerInput.isId(candidate)).as("id %s", candidate).isEqualTo(referenceId(candidate));
                assertThat(LedgerInput.isMspId(candidate)).as("msp %s", candidate).isEqualTo(referenceMsp(candidate));
                assertThat(LedgerInput.isHex256(hexCandidate)).as("hex %s", hexCandidate)
                        .isEqualTo(referenceHex(hexCandidate));
            }
        }

        private String randomString(Random random, int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return text.toString();
        }

        private String randomHex(Random random, int length, boolean spoil) {
            String digits = spoil ? "0123456789abcdefABCDEFg" : "0123456789abcdef";
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(digits.charAt(random.nextInt(digits.length())));
            }
            return text.toString();
        }

        private boolean referenceId(String s) {
            if (s.isEmpty() || s.length() > 64 || !alphanumeric(s.charAt(0))) {
                return false;
            }
            return s.chars().allMatch(c -> alphanumeric(c) || c == '.' || c == '_' || c == '-');
        }

        private boolean referenceMsp(String s) {
            if (s.isEmpty() || s.length() > 64 || !letter(s.charAt(0))) {
                return false;
            }
            return s.chars().allMatch(c -> alphanumeric(c) || c == '.' || c == '-');
        }

        private boolean referenceHex(String s) {
            return s.length() == 64 && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        }

        private boolean alphanumeric(int c) {
            return letter(c) || (c >= '0' && c <= '9');
        }

        private boolean letter(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
