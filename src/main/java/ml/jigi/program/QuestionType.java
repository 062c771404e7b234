package ml.jigi.program;

public enum QuestionType {
    short_text, long_text, choice, multi_choice, number, url, file;

    public boolean hasChoices() {
        return this == choice || this == multi_choice;
    }
}
