package app.limber.catalogue;

/**
 * The version of the loaded catalogue: a SHA-256 hash of its seed files, so that the same
 * content always has the same version.
 *
 * @param hash the hash in lowercase hexadecimal
 * @param exercises how many exercises were loaded
 */
public record CatalogueVersion(String hash, int exercises) {

	/**
	 * A short form of the hash, enough to tell catalogues apart in headers and logs.
	 * @return the first 16 hexadecimal digits
	 */
	public String shortHash() {
		return this.hash.substring(0, 16);
	}

}
