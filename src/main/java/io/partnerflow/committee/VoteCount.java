package io.partnerflow.committee;

/**
 * The votes of a committee of {@code members} so far, and the rules: quorum (share of members that
 * must have voted, strictly more) and majority (share of approve/reject votes approval must exceed).
 */
record VoteCount(int members, int approvals, int rejections, int abstentions, double quorum, double majority) {

	enum Result {
		APPROVED, REJECTED, TIE, NO_QUORUM
	}

	int voted() {
		return approvals + rejections + abstentions;
	}

	/** The result if the vote closed now with the votes cast. */
	Result result() {
		if (voted() <= quorum * members) {
			return Result.NO_QUORUM;
		}
		int decisive = approvals + rejections;
		if (decisive == 0) {
			return Result.TIE;
		}
		double share = (double) approvals / decisive;
		if (share > majority) {
			return Result.APPROVED;
		}
		return share < majority ? Result.REJECTED : Result.TIE;
	}

	/**
	 * True when no way the members who have not voted yet may vote (or not vote) changes the
	 * result, and that result is APPROVED or REJECTED: the vote can close early.
	 */
	boolean certain() {
		Result now = result();
		if (now != Result.APPROVED && now != Result.REJECTED) {
			return false;
		}
		int open = members - voted();
		for (int approve = 0; approve <= open; approve++) {
			for (int reject = 0; approve + reject <= open; reject++) {
				for (int abstain = 0; approve + reject + abstain <= open; abstain++) {
					VoteCount later = new VoteCount(members, approvals + approve, rejections + reject,
							abstentions + abstain, quorum, majority);
					if (later.result() != now) {
						return false;
					}
				}
			}
		}
		return true;
	}

}
