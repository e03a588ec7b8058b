package dk.anskaf.catalog.requirement;

import dk.anskaf.catalog.category.CategoryRepository;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading requirements of the current municipality and the shared catalogue. */
@Service
public class RequirementService {

    private final RequirementRepository requirements;
    private final CategoryRepository categories;

    RequirementService(RequirementRepository requirements, CategoryRepository categories) {
        this.requirements = requirements;
        this.categories = categories;
    }

    @Transactional
    public Requirement createLocal(NewRequirement requirement, CurrentUser author) {
        String tenant = TenantContext.require().value();
        if (!categories.exists(requirement.categoryId())) {
            throw ApiProblemException.invalidField("categoryId", "Kategorien findes ikke");
        }
        long id = requirements.insertLocal(tenant, requirement, author.subject());
        return requirements.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Requirement get(long id) {
        return requirements.find(id).orElseThrow(() -> ApiProblemException.notFound("Kravet findes ikke"));
    }

    @Transactional(readOnly = true)
    public Page list(int page, int size) {
        return new Page(
                requirements.page(page * size, size).stream()
                        .map(RequirementView::of)
                        .toList(),
                page,
                size,
                requirements.count());
    }

    /** One page of requirements with the total, for server-side paging. */
    public record Page(java.util.List<RequirementView> items, int page, int size, long total) {}
}
