package io.partnerflow.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MarketRepository extends JpaRepository<Market, String> {

	List<Market> findAllByOrderByNameAsc();

}
