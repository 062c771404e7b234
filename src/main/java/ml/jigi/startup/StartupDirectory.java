package ml.jigi.startup;

import java.util.List;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import ml.jigi.code.ModerationStatus;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;

/** The public startup directory (the page and the API): approved, visible profiles, by name, filtered. */
record StartupDirectory(String where, Parameters params) {

    static StartupDirectory of(Sector sector, Region region) {
        StringBuilder where = new StringBuilder("moderationStatus = :approved and visibility = :visible");
        Parameters params = Parameters.with("approved", ModerationStatus.approved).and("visible", Visibility.visible);
        if (sector != null) {
            where.append(" and concat(',', sectors, ',') like :sector");
            params.and("sector", "%," + sector.name() + ",%");
        }
        if (region != null) {
            where.append(" and region = :region");
            params.and("region", region);
        }
        return new StartupDirectory(where.toString(), params);
    }

    long total() {
        return Startup.count(where, params);
    }

    List<Startup> page(int index, int size) {
        return Startup.<Startup>find(where + " order by name, id", params).page(Page.of(index, size)).list();
    }
}
