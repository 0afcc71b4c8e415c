package io.partnerflow.conduct;

/** A yellow card is a warning; a red card, the second card within the period, opens the exit review. */
public enum CardColour {

	YELLOW, RED

}
