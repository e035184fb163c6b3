/** Change requests on a live connection: the proposed content, its route, status, outcome and the load into TVS. */
package nl.dictu.tvs.portal.domain.change;
