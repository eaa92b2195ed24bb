package app.limber.catalogue.model;

/**
 * The version of a catalogue: a SHA-256 hash of its seed files, so that the same content
 * always has the same version. How much it holds is the catalogue's to say.
 *
 * @param hash the hash in lowercase hexadecimal
 */
public record CatalogueVersion(String hash) {

	/**
	 * A short form of the hash, enough to tell catalogues apart in headers and logs.
	 * @return the first 16 hexadecimal digits
	 */
	public String shortHash() {
		return this.hash.substring(0, 16);
	}

}
