package app.limber.catalogue.seed;

/**
 * One thing wrong with a catalogue, located precisely enough to fix it.
 *
 * @param file the seed file, such as {@code exercises.json}
 * @param entry the entry's slug, or its position when it has no usable slug
 * @param field the field inside the entry, such as {@code muscles[1].muscle}
 * @param problem what is wrong
 */
record Violation(String file, String entry, String field, String problem) {

	@Override
	public String toString() {
		StringBuilder where = new StringBuilder(this.file);
		if (this.entry != null) {
			where.append(", entry '").append(this.entry).append("'");
		}
		if (this.field != null) {
			where.append(", field '").append(this.field).append("'");
		}
		return where + ": " + this.problem;
	}

}
